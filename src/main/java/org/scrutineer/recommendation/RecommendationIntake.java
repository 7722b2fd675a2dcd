package org.scrutineer.recommendation;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.web.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records a committee's recommendations and starts the response process of each, in one transaction. */
@Service
public class RecommendationIntake {

    private final RecommendationRepository recommendations;
    private final MeetingService meetings;
    private final ResponseProcess process;
    private final Clock clock;

    RecommendationIntake(RecommendationRepository recommendations, MeetingService meetings, ResponseProcess process, Clock clock) {
        this.recommendations = recommendations;
        this.meetings = meetings;
        this.process = process;
        this.clock = clock;
    }

    @Transactional
    public Recommendation record(RecommendationSubmission submission) {
        return recordAll(List.of(submission)).get(0);
    }

    /** All or nothing: if any is refused, none is recorded. */
    @Transactional
    public List<Recommendation> recordAll(List<RecommendationSubmission> submissions) {
        for (int i = 0; i < submissions.size(); i++) {
            Map<String, String> errors = check(submissions.get(i));
            if (!errors.isEmpty()) {
                Map<String, String> fields = submissions.size() == 1 ? errors : prefixed(i, errors);
                throw Refusal.of(HttpStatus.BAD_REQUEST, Refusal.everyReason(fields), fields);
            }
        }
        return submissions.stream().map(this::save).toList();
    }

    private Recommendation save(RecommendationSubmission s) {
        ScheduledMeeting meeting = meetings.get(s.meetingId());
        Recommendation r = recommendations.save(new Recommendation(meeting.id(), meeting.startsAt().toLocalDate(), s.topic(),
                s.number(), s.text(), Addressee.fromId(s.addressee()).orElseThrow(),
                s.scrutinyType() == null || s.scrutinyType().isBlank() ? ScrutinyType.GENERAL : ScrutinyType.fromId(s.scrutinyType()).orElseThrow(),
                s.portfolioHolder(), clock.instant()));
        process.startFor(r);
        return r;
    }

    /** Field id to message, empty when the recommendation can be recorded. */
    public Map<String, String> check(RecommendationSubmission s) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (s.meetingId() == null) {
            errors.put("meetingId", "Choose the meeting that made the recommendation");
        } else if (meetings.find(s.meetingId()).isEmpty()) {
            errors.put("meetingId", MeetingService.unknown(s.meetingId()));
        }
        require(errors, "topic", s.topic(), 500, "Enter the topic or agenda item");
        require(errors, "number", s.number(), 20, "Enter the recommendation's number");
        require(errors, "text", s.text(), 10000, "Enter the text of the recommendation");
        if (s.addressee() == null || Addressee.fromId(s.addressee()).isEmpty()) {
            errors.put("addressee", "Choose who the recommendation is to: executive, cabinet-member, council, partner, officer or committee");
        }
        if (s.scrutinyType() != null && !s.scrutinyType().isBlank() && ScrutinyType.fromId(s.scrutinyType()).isEmpty()) {
            errors.put("scrutinyType", "Choose the kind of scrutiny: general, health or crime-and-disorder");
        }
        return errors;
    }

    private static Map<String, String> prefixed(int index, Map<String, String> errors) {
        Map<String, String> out = new LinkedHashMap<>();
        errors.forEach((field, message) -> out.put("rows[" + index + "]." + field, "Recommendation " + (index + 1) + ": " + message));
        return out;
    }

    private static void require(Map<String, String> errors, String field, String value, int max, String missing) {
        if (value == null || value.isBlank()) {
            errors.put(field, missing);
        } else if (value.strip().length() > max) {
            errors.put(field, "The " + field + " must be " + max + " characters or fewer");
        }
    }
}
