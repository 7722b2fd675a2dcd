package org.scrutineer.dispute;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scrutineer.calendar.SupportedDates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts the weekly report's figures from the disputes' own dates, so any past week can be reported again. */
@Service
@Transactional(readOnly = true)
public class DisputeReport {

    static final List<String> STAGES = List.of("informal", "formal", "cafcass");
    static final List<String> AGE_BANDS = List.of("0-5", "6-10", "11-15", "16-20", "over 20");
    private static final int FORMAL_TIMESCALE = 20;

    private final DisputeRepository disputes;
    private final DisputeDeadlines deadlines;

    DisputeReport(DisputeRepository disputes, DisputeDeadlines deadlines) {
        this.disputes = disputes;
        this.deadlines = deadlines;
    }

    /** The figures of the week ending on {@code weekEnding}; a date outside 1900 to 2199 is refused with {@link IllegalArgumentException}. */
    public DisputeReportFigures forWeekEnding(LocalDate weekEnding) {
        SupportedDates.check(weekEnding);
        LocalDate weekStarting = weekEnding.minusDays(6);
        LocalDate periodStarting = weekEnding.minusYears(1).plusDays(1);
        Map<String, Integer> byStage = counts(STAGES);
        Map<String, Map<String, Integer>> byStageAndAge = new LinkedHashMap<>();
        STAGES.forEach(stage -> byStageAndAge.put(stage, counts(AGE_BANDS)));
        Map<String, Integer> byCategory = counts(java.util.Arrays.stream(DisputeCategory.values()).map(DisputeCategory::id).toList());
        int open = 0;
        int overdue = 0;
        int raisedInWeek = 0;
        int closedInWeek = 0;
        int closed = 0;
        int resolvedInformally = 0;
        int formalClosed = 0;
        int formalInTime = 0;
        for (Dispute d : disputes.findAll()) {
            if (d.getRaisedOn().isAfter(weekEnding)) {
                continue;
            }
            if (!d.getRaisedOn().isBefore(weekStarting)) {
                raisedInWeek++;
            }
            boolean openAtEnd = d.getResolvedOn() == null || d.getResolvedOn().isAfter(weekEnding);
            if (openAtEnd) {
                open++;
                String stage = stageOn(d, weekEnding);
                byStage.merge(stage, 1, Integer::sum);
                byStageAndAge.get(stage).merge(ageBand(deadlines.elapsed(dayZero(d, stage), weekEnding)), 1, Integer::sum);
                byCategory.merge(d.getCategory().id(), 1, Integer::sum);
                LocalDate deadline = "formal".equals(stage) ? d.getResolutionDueBy() : "informal".equals(stage) ? d.getResponseDueBy() : null;
                if (deadline != null && weekEnding.isAfter(deadline)) {
                    overdue++;
                }
                continue;
            }
            if (!d.getResolvedOn().isBefore(weekStarting)) {
                closedInWeek++;
            }
            if (d.getResolvedOn().isBefore(periodStarting)) {
                continue;
            }
            closed++;
            if (d.getStatus() == DisputeStatus.RESOLVED && "informal".equals(d.getStageReached())) {
                resolvedInformally++;
            }
            if (d.getFormalStartedOn() != null) {
                formalClosed++;
                if (d.getStatus() == DisputeStatus.RESOLVED
                        && deadlines.elapsed(d.getFormalStartedOn(), d.getResolvedOn()) <= FORMAL_TIMESCALE) {
                    formalInTime++;
                }
            }
        }
        return new DisputeReportFigures(weekEnding, weekStarting, periodStarting, open, byStage, byStageAndAge, overdue, byCategory,
                raisedInWeek, closedInWeek, DisputeReportFigures.Share.of(resolvedInformally, closed),
                DisputeReportFigures.Share.of(formalInTime, formalClosed));
    }

    private static String stageOn(Dispute d, LocalDate day) {
        if (d.getCafcassReferredOn() != null && !d.getCafcassReferredOn().isAfter(day)) {
            return "cafcass";
        }
        return d.getFormalStartedOn() != null && !d.getFormalStartedOn().isAfter(day) ? "formal" : "informal";
    }

    private static LocalDate dayZero(Dispute d, String stage) {
        return switch (stage) {
            case "cafcass" -> d.getCafcassReferredOn();
            case "formal" -> d.getFormalStartedOn();
            default -> d.getRaisedOn();
        };
    }

    static String ageBand(int workingDays) {
        if (workingDays <= 5) {
            return "0-5";
        }
        if (workingDays <= 10) {
            return "6-10";
        }
        if (workingDays <= 15) {
            return "11-15";
        }
        return workingDays <= 20 ? "16-20" : "over 20";
    }

    private static Map<String, Integer> counts(List<String> keys) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        keys.forEach(k -> counts.put(k, 0));
        return counts;
    }
}
