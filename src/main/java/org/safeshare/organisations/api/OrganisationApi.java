package org.safeshare.organisations.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.safeshare.organisations.Organisation;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.Organisations;
import org.safeshare.platform.security.Actor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The partnership directory for partner systems: where and how to send information securely. */
@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "The safeguarding partnership's organisations and their secure contact points")
class OrganisationApi {

    private final Organisations organisations;

    OrganisationApi(Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    @Operation(summary = "List the organisations in the caller's partnership")
    List<OrganisationJson> directory(@AuthenticationPrincipal Actor actor) {
        return organisations.directory(actor).stream().map(OrganisationJson::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organisation in the caller's partnership")
    OrganisationJson organisation(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return OrganisationJson.of(organisations.visibleTo(actor, new OrganisationId(id)));
    }

    /** An organisation as the API shows it. */
    record OrganisationJson(UUID id, UUID parentId, String type, String typeLabel, String name, List<IdentifierJson> identifiers,
            List<ContactPointJson> contactPoints) {

        static OrganisationJson of(Organisation o) {
            return new OrganisationJson(o.id().value(), o.parentId().map(OrganisationId::value).orElse(null), o.type().name(),
                    o.type().label(), o.name(),
                    o.identifiers().stream().map(i -> new IdentifierJson(i.scheme().name(), i.value())).toList(),
                    o.contactPoints().stream().map(c -> new ContactPointJson(c.kind().name(), c.label(), c.value())).toList());
        }
    }

    /** An identifier such as an ODS code or school URN. */
    record IdentifierJson(String scheme, String value) {}

    /** A secure contact point. */
    record ContactPointJson(String kind, String label, String value) {}
}
