package org.scrutineer.workprogramme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.scrutineer.meeting.Committees;
import org.scrutineer.web.NotFound;
import org.scrutineer.web.OpenData;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** A committee's work programme for a municipal year (this one unless {@code year} is given), as its public page shows it. */
@RestController
@Tag(name = "Work programme")
class OpenWorkProgrammeController {

    /** A topic the committee plans to scrutinise, and where it stands. */
    record OpenItem(long id, String committeeId, LocalDate yearBegins, String topic, String objectives, String form, Long meetingId,
                    boolean reserve, String status, String droppedReason, Long recommendationId, Instant updatedAt) {
    }

    private final WorkProgramme programme;
    private final Committees committees;
    private final OpenData open;

    OpenWorkProgrammeController(WorkProgramme programme, Committees committees, OpenData open) {
        this.programme = programme;
        this.committees = committees;
        this.open = open;
    }

    @Operation(summary = "A committee's work programme for a municipal year")
    @GetMapping(path = "/api/open/committees/{id}/work-programme", produces = {"application/json", "text/csv"})
    ResponseEntity<byte[]> items(WebRequest request, @PathVariable String id, @RequestParam(required = false) Integer year, @ParameterObject OpenData.Query query) {
        if (year != null && (year < 2000 || year > 2200)) {
            throw new NotFound("There is no work programme for that year");
        }
        String committee = committees.get(id).id();
        LocalDate begins = programme.yearBeginning(year);
        List<OpenItem> rows = programme.forYear(committee, begins).stream().map(i -> new OpenItem(i.getId(), i.getCommitteeId(), i.getYearBegins(),
                i.getTopic(), i.getObjectives(), i.getForm() == null ? null : i.getForm().id(), i.getMeetingId(),
                i.isReserve(), i.getStatus() == null ? null : i.getStatus().name().toLowerCase(java.util.Locale.ROOT), i.getDroppedReason(),
                i.getRecommendationId(), i.getUpdatedAt())).toList();
        return open.answer(request, committee + "-work-programme", OpenItem.class, rows, OpenItem::updatedAt, query);
    }
}
