package org.scrutineer.minutes;

import java.util.List;

/**
 * The minutes as their page and PDF print them. For the public an exempt item's minute says only
 * that it was exempt and why ({@code exemptWords}); the staff's view also holds the exempt minute.
 */
record MinutesView(String title, String councilName, String committeeName, String date, String time, String venue, String status,
                   String draftNotice, String confirmedNotice, String amendments, String note,
                   List<String> present, List<String> apologies, List<String> substitutes, List<String> inAttendance, List<String> absent,
                   List<DeclarationLine> declarations, String previousMinutes, List<Item> items, List<MinutesQuestion> questions,
                   boolean forStaff) {

    record DeclarationLine(String member, String item, String kind, String description, boolean leftTheRoom) {
    }

    record Item(int minute, int agendaItem, String title, String summary, boolean exempt, String exemptWords, boolean shown,
                List<ResolutionLine> resolutions) {
    }

    record ResolutionLine(String text, String movedBy, String vote, List<RecommendationLine> recommendations,
                          List<ActionLine> actions) {
    }

    record RecommendationLine(String number, String text, String addressee) {
    }

    record ActionLine(String text, String owner, String dueBy) {
    }
}
