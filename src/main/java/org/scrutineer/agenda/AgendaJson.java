package org.scrutineer.agenda;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code GET /api/meetings/{id}/agenda}: the agenda's state and its items in agenda order. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgendaJson(long meetingId, String status, Instant publishedAt, boolean ready, List<Item> items) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(long id, int number, String title, String purpose, String kind, String leadOfficer, Long reportId,
                       boolean exempt, String exemptParagraph, boolean late, String lateReason, boolean toFollow, String pages) {
    }

    static AgendaJson of(Agenda agenda, List<AgendaItem> items) {
        return new AgendaJson(agenda.getMeetingId(), agenda.getStatus().apiName(), agenda.getPublishedAt(), agenda.getReadyAt() != null,
                items.stream().map(AgendaJson::item).toList());
    }

    private static Item item(AgendaItem i) {
        return new Item(i.getId(), i.getPosition(), i.getTitle(), i.getPurpose(), i.getKind().apiName(), i.getLeadOfficer(), i.getReportId(),
                i.isExempt(), i.getExemptParagraph(), i.isLate(), i.getLateReason(), i.isToFollow(), i.getPages());
    }
}
