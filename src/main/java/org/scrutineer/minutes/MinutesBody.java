package org.scrutineer.minutes;

import java.util.List;

/**
 * The minutes as the clerk records them and the API carries them: who attended, the declarations of
 * interest, each agenda item's minute with its resolutions, and the confirmation of the previous
 * meeting's minutes. Recommendations the tracker holds already and that are taken out need a
 * {@code withdrawals} entry saying why.
 */
public record MinutesBody(List<Attendee> attendance, List<Declaration> declarations, List<ItemMinute> items,
                          Confirmation confirmation, List<Withdrawal> withdrawals) {

    public MinutesBody {
        attendance = attendance == null ? List.of() : List.copyOf(attendance);
        declarations = declarations == null ? List.of() : List.copyOf(declarations);
        items = items == null ? List.of() : List.copyOf(items);
        withdrawals = withdrawals == null ? List.of() : List.copyOf(withdrawals);
    }

    static MinutesBody empty() {
        return new MinutesBody(List.of(), List.of(), List.of(), null, List.of());
    }

    /** status: present, apologies, substitute or absent; role: chair, vice-chair, member, co-opted, officer or other. */
    public record Attendee(String name, String status, String substituteFor, String role) {
    }

    /** kind: disclosable-pecuniary, other-registrable or non-registrable. */
    public record Declaration(String member, Integer agendaItem, String kind, String description, Boolean leftTheRoom) {
    }

    public record ItemMinute(Integer agendaItem, Integer minute, String title, String summary, List<Resolution> resolutions) {
        public ItemMinute {
            resolutions = resolutions == null ? List.of() : List.copyOf(resolutions);
        }
    }

    public record Resolution(String text, String proposer, String seconder, Vote vote,
                             List<Recommendation> recommendations, List<Action> actions) {
        public Resolution {
            recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
            actions = actions == null ? List.of() : List.copyOf(actions);
        }
    }

    /** addressee: executive, cabinet-member, council, partner, officer or committee; scrutinyType: general, health or crime-and-disorder. */
    public record Recommendation(String number, String text, String addressee, String scrutinyType) {
    }

    /** dueBy as YYYY-MM-DD. */
    public record Action(String text, String owner, String ownerEmail, String dueBy) {
    }

    /** The previous meeting's minutes, confirmed at this meeting as a correct record, with any amendments. */
    public record Confirmation(Long minutesOf, String amendments) {
    }

    /** Why a recommendation already in the tracker is taken out of the minutes. */
    public record Withdrawal(Integer minute, String number, String reason) {
    }
}
