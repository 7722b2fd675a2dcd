package org.scrutineer.recommendation;

import java.util.ArrayList;
import java.util.List;

/** The staff form that records a meeting's recommendations in one go: a meeting and several rows. */
public class RecommendationBatchForm {

    static final int ROWS = 8;

    private Long meetingId;
    private List<Row> rows = new ArrayList<>();

    public static RecommendationBatchForm blank(Long meetingId) {
        RecommendationBatchForm form = new RecommendationBatchForm();
        form.meetingId = meetingId;
        form.fill();
        return form;
    }

    void fill() {
        while (rows.size() < ROWS) {
            Row row = new Row();
            row.setNumber(String.valueOf(rows.size() + 1));
            rows.add(row);
        }
    }

    /** The rows with any text in them, as submissions. */
    List<RecommendationSubmission> submissions() {
        return rows.stream().filter(r -> !r.isBlank())
                .map(r -> new RecommendationSubmission(meetingId, r.getTopic(), r.getNumber(), r.getText(), r.getAddressee(),
                        r.getScrutinyType(), r.getPortfolioHolder()))
                .toList();
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows;
    }

    public static class Row {
        private String topic;
        private String number;
        private String text;
        private String addressee = "executive";
        private String scrutinyType = "general";
        private String portfolioHolder;

        boolean isBlank() {
            return (topic == null || topic.isBlank()) && (text == null || text.isBlank());
        }

        public String getTopic() {
            return topic;
        }

        public void setTopic(String topic) {
            this.topic = topic;
        }

        public String getNumber() {
            return number;
        }

        public void setNumber(String number) {
            this.number = number;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getAddressee() {
            return addressee;
        }

        public void setAddressee(String addressee) {
            this.addressee = addressee;
        }

        public String getScrutinyType() {
            return scrutinyType;
        }

        public void setScrutinyType(String scrutinyType) {
            this.scrutinyType = scrutinyType;
        }

        public String getPortfolioHolder() {
            return portfolioHolder;
        }

        public void setPortfolioHolder(String portfolioHolder) {
            this.portfolioHolder = portfolioHolder;
        }
    }
}
