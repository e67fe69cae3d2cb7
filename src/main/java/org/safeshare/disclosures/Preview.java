package org.safeshare.disclosures;

import java.util.List;
import org.safeshare.accounts.Recipient;
import org.safeshare.disclosures.domain.ItemContent;
import org.safeshare.disclosures.domain.Problem;
import org.safeshare.disclosures.persistence.SealedContent;

/** What sending would do: the exact items the recipient would read (identities at risk withheld), or the problems. */
public sealed interface Preview {

    /**
     * @param asRecipientSees each item as the recipient will read it
     * @param asSent          each item as the sender wrote it, in the same order
     */
    record Ready(DecisionChoice decision, String recipientOrganisation, List<Recipient> recipients, SealedContent.Header header,
            List<ItemContent> asRecipientSees, List<ItemContent> asSent) implements Preview {
        public Ready {
            recipients = List.copyOf(recipients);
            asRecipientSees = List.copyOf(asRecipientSees);
            asSent = List.copyOf(asSent);
        }
    }

    record Refused(List<Problem> problems) implements Preview {
        public Refused {
            problems = List.copyOf(problems);
        }
    }
}
