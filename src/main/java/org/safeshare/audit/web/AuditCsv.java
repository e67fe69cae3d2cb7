package org.safeshare.audit.web;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.safeshare.audit.AuditEntry;

/**
 * RFC 4180 CSV; a cell a spreadsheet would run as a formula is prefixed with an apostrophe (CSV injection). The stored
 * columns, then done_by: USER, API_CLIENT, SERVICE (a scheduled job), SET_UP (the deployment) or NOT_IDENTIFIED.
 */
final class AuditCsv {

    private static final String HEADER = "id,occurred_at,action,outcome,actor_kind,actor_id,organisation_id,roles,person_id,touched,"
            + "purpose,request_id,client_address,done_by";

    private AuditCsv() {}

    static String of(List<AuditEntry> events) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (AuditEntry e : events) {
            csv.append(Stream.of(e.id(), e.occurredAt(), e.action(), e.outcome(), e.actorKind(), e.actorId(), e.organisationId(),
                    e.roles(), e.personId(), e.touched(), e.purpose(), e.requestId(), e.clientAddress(), e.doneBy())
                    .map(v -> cell(v == null ? "" : v.toString())).collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    private static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
