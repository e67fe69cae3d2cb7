package org.safeshare.disclosures.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Whether the person or their family was told about this sharing (HM Government information sharing advice 2024,
 * golden rule 2: where practicable and safe, explain who you will share with, what and why): told, when and by whom;
 * or not told, and why (for example, telling them would increase the risk).
 */
public sealed interface Transparency {

    record Told(LocalDate on, String by) implements Transparency {
        public Told {
            Objects.requireNonNull(on);
            Objects.requireNonNull(by);
        }
    }

    record NotTold(String reason) implements Transparency {
        public NotTold {
            Objects.requireNonNull(reason);
        }
    }
}
