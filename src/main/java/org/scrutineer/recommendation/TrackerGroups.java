package org.scrutineer.recommendation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tracker as the committee reads it: by meeting, then by topic. */
public record TrackerGroups(List<MeetingGroup> meetings) {

    public record MeetingGroup(LocalDate meetingDate, List<TopicGroup> topics) {
    }

    public record TopicGroup(String topic, List<RecommendationJson> recommendations) {
    }

    static TrackerGroups of(List<RecommendationJson> rows) {
        Map<LocalDate, Map<String, List<RecommendationJson>>> byMeeting = new LinkedHashMap<>();
        List<RecommendationJson> undated = new ArrayList<>();
        for (RecommendationJson r : rows) {
            if (r.meetingDate() == null) {
                undated.add(r);
            } else {
                byMeeting.computeIfAbsent(r.meetingDate(), d -> new LinkedHashMap<>())
                        .computeIfAbsent(r.topic(), t -> new ArrayList<>()).add(r);
            }
        }
        List<MeetingGroup> meetings = new ArrayList<>();
        byMeeting.forEach((date, topics) -> meetings.add(new MeetingGroup(date, topics(topics))));
        if (!undated.isEmpty()) {
            Map<String, List<RecommendationJson>> topics = new LinkedHashMap<>();
            undated.forEach(r -> topics.computeIfAbsent(r.topic(), t -> new ArrayList<>()).add(r));
            meetings.add(new MeetingGroup(null, topics(topics)));
        }
        return new TrackerGroups(meetings);
    }

    private static List<TopicGroup> topics(Map<String, List<RecommendationJson>> topics) {
        List<TopicGroup> out = new ArrayList<>();
        topics.forEach((topic, list) -> out.add(new TopicGroup(topic, List.copyOf(list))));
        return out;
    }

    public boolean isEmpty() {
        return meetings.isEmpty();
    }
}
