package org.scrutineer.minutes;

import static org.scrutineer.web.FormFields.lines;
import static org.scrutineer.web.FormFields.param;
import static org.scrutineer.web.FormFields.put;
import static org.scrutineer.web.FormFields.typed;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;
import org.scrutineer.agenda.AgendaItem;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.MemberJson;
import org.scrutineer.meeting.Membership;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.web.NotFound;
import org.scrutineer.web.Refusal;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clerk's page for a meeting's minutes, one part at a time, each saved as soon as it is right:
 * the attendance, a declaration, an item's minute, a resolution with its recommendations and actions,
 * and the confirmation of the previous minutes. A part refused is shown again as typed, with the
 * reasons. The staff's copy, with the exempt minutes, is for the chair to read before approving.
 */
@Controller
class StaffMinutesController {

    static final int RECOMMENDATION_SLOTS = 3;
    static final int ACTION_SLOTS = 2;
    static final int MOST_SLOTS = 50;

    private final MinutesService minutes;
    private final MinutesDocuments documents;
    private final MeetingService meetings;
    private final Membership membership;

    StaffMinutesController(MinutesService minutes, MinutesDocuments documents, MeetingService meetings, Membership membership) {
        this.minutes = minutes;
        this.documents = documents;
        this.meetings = meetings;
        this.membership = membership;
    }

    @GetMapping("/staff/minutes/{id}")
    @ResponseBody
    ResponseEntity<String> staffCopy(@PathVariable long id) {
        meetings.get(id);
        if (minutes.find(id).isEmpty()) {
            throw new NotFound("Nothing is recorded in the minutes of meeting " + id + " yet");
        }
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore()).body(documents.staffPage(id));
    }

    /** The page; with {@code edit=7-0} the first resolution of item 7 fills the form to change it. */
    @GetMapping("/staff/meetings/{id}/minutes")
    String page(@PathVariable long id, @RequestParam(required = false) String edit, Model model) {
        return show(id, model, Map.of(), edit == null ? Map.of() : resolutionAsTyped(minutes.body(id), edit));
    }

    private static Map<String, String> resolutionAsTyped(MinutesBody body, String edit) {
        Map<String, String> typed = new LinkedHashMap<>();
        String[] parts = edit.split("-");
        if (parts.length != 2 || !parts[0].matches("\\d{1,4}") || !parts[1].matches("\\d{1,4}")) {
            return typed;
        }
        int position = Integer.parseInt(parts[0]);
        int index = Integer.parseInt(parts[1]);
        body.items().stream().filter(i -> Integer.valueOf(position).equals(i.agendaItem())).findFirst()
                .filter(i -> index < i.resolutions().size()).map(i -> i.resolutions().get(index)).ifPresent(r -> {
                    typed.put("forItem", String.valueOf(position));
                    typed.put("editIndex", String.valueOf(index));
                    typed.put("editNumber", String.valueOf(index + 1));
                    typed.put("resolution-text", r.text());
                    put(typed, "resolution-proposer", r.proposer());
                    put(typed, "resolution-seconder", r.seconder());
                    if (r.vote() != null && !r.vote().unanimous()) {
                        typed.put("vote", "counted");
                        put(typed, "vote-for", r.vote().forCount());
                        put(typed, "vote-against", r.vote().against());
                        put(typed, "vote-abstain", r.vote().abstain());
                    } else {
                        typed.put("vote", "unanimous");
                    }
                    for (int i = 0; i < r.recommendations().size(); i++) {
                        MinutesBody.Recommendation rec = r.recommendations().get(i);
                        String f = "rec-" + (i + 1) + "-";
                        put(typed, f + "number", rec.number());
                        put(typed, f + "text", rec.text());
                        put(typed, f + "addressee", rec.addressee());
                        put(typed, f + "scrutinyType", rec.scrutinyType());
                    }
                    for (int i = 0; i < r.actions().size(); i++) {
                        MinutesBody.Action a = r.actions().get(i);
                        String f = "action-" + (i + 1) + "-";
                        put(typed, f + "text", a.text());
                        put(typed, f + "owner", a.owner());
                        put(typed, f + "ownerEmail", a.ownerEmail());
                        put(typed, f + "dueBy", a.dueBy());
                    }
                });
        return typed;
    }


    @PostMapping("/staff/meetings/{id}/minutes/attendance")
    String attendance(@PathVariable long id, HttpServletRequest request, Principal who, Model model, RedirectAttributes redirect) {
        ScheduledMeeting meeting = meetings.get(id);
        List<MinutesBody.Attendee> attendance = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        List<MemberJson> members = members(meeting);
        for (int i = 0; i < members.size(); i++) {
            MemberJson m = members.get(i);
            String status = param(request, "member-" + i);
            attendance.add(new MinutesBody.Attendee(m.name(), status == null ? "absent" : status, null, m.role()));
            fields.add("member-" + i);
        }
        for (String line : lines(param(request, "substitutes"))) {
            int split = line.toLowerCase(Locale.UK).lastIndexOf(" for ");
            attendance.add(split < 0 ? new MinutesBody.Attendee(line, "substitute", null, "member")
                    : new MinutesBody.Attendee(line.substring(0, split).strip(), "substitute", line.substring(split + 5).strip(), "member"));
            fields.add("substitutes");
        }
        for (String line : lines(param(request, "officers"))) {
            attendance.add(new MinutesBody.Attendee(line, "present", null, "officer"));
            fields.add("officers");
        }
        MinutesBody body = minutes.body(id);
        MinutesBody changed = new MinutesBody(attendance, body.declarations(), body.items(), body.confirmation(), body.withdrawals());
        return save(id, changed, who, model, redirect, typed(request), key -> {
            if (key.startsWith("attendance[")) {
                int index = Integer.parseInt(key.substring("attendance[".length(), key.indexOf(']')));
                return index < fields.size() ? fields.get(index) : "attendance";
            }
            return key;
        }, "attendance", "The attendance is saved");
    }

    @PostMapping("/staff/meetings/{id}/minutes/declarations")
    String declaration(@PathVariable long id, HttpServletRequest request, Principal who, Model model, RedirectAttributes redirect) {
        MinutesBody body = minutes.body(id);
        List<MinutesBody.Declaration> declarations = new ArrayList<>(body.declarations());
        declarations.add(new MinutesBody.Declaration(param(request, "declaration-member"), number(param(request, "declaration-agendaItem")),
                param(request, "declaration-kind"), param(request, "declaration-description"), "true".equals(param(request, "declaration-leftTheRoom"))));
        String prefix = "declarations[" + (declarations.size() - 1) + "].";
        return save(id, new MinutesBody(body.attendance(), declarations, body.items(), body.confirmation(), body.withdrawals()), who, model, redirect,
                typed(request), key -> key.startsWith(prefix) ? "declaration-" + key.substring(prefix.length()) : key,
                "declarations", "The declaration is added");
    }

    @PostMapping("/staff/meetings/{id}/minutes/declarations/{index}/remove")
    String removeDeclaration(@PathVariable long id, @PathVariable int index, Principal who, Model model, RedirectAttributes redirect) {
        MinutesBody body = minutes.body(id);
        List<MinutesBody.Declaration> declarations = new ArrayList<>(body.declarations());
        if (index >= 0 && index < declarations.size()) {
            declarations.remove(index);
        }
        return save(id, new MinutesBody(body.attendance(), declarations, body.items(), body.confirmation(), body.withdrawals()), who, model, redirect,
                Map.of(), Function.identity(), "declarations", "The declaration is removed");
    }

    @PostMapping("/staff/meetings/{id}/minutes/items/{position}")
    String item(@PathVariable long id, @PathVariable int position, HttpServletRequest request, Principal who, Model model, RedirectAttributes redirect) {
        MinutesBody body = minutes.body(id);
        List<MinutesBody.ItemMinute> items = new ArrayList<>(body.items());
        MinutesBody.ItemMinute existing = itemMinute(id, body, position);
        MinutesBody.ItemMinute changed = new MinutesBody.ItemMinute(position, number(param(request, "minute-" + position)), existing.title(),
                param(request, "summary-" + position), existing.resolutions());
        int index = replace(items, changed);
        String prefix = "items[" + index + "].";
        return save(id, new MinutesBody(body.attendance(), body.declarations(), items, body.confirmation(), body.withdrawals()), who, model, redirect,
                typed(request), key -> key.startsWith(prefix) ? key.substring(prefix.length()) + "-" + position : key,
                "item-" + position, "The minute of item " + position + " is saved");
    }

    @PostMapping("/staff/meetings/{id}/minutes/items/{position}/resolutions")
    String resolution(@PathVariable long id, @PathVariable int position, HttpServletRequest request, Principal who, Model model,
                      RedirectAttributes redirect) {
        return saveResolution(id, position, null, request, who, model, redirect);
    }

    @PostMapping("/staff/meetings/{id}/minutes/items/{position}/resolutions/{index}")
    String changeResolution(@PathVariable long id, @PathVariable int position, @PathVariable int index, HttpServletRequest request, Principal who,
                            Model model, RedirectAttributes redirect) {
        return saveResolution(id, position, index, request, who, model, redirect);
    }

    /** Adds the resolution as typed, or puts it in place of the one at {@code changing}; a recommendation it drops is withdrawn with the reason given. */
    private String saveResolution(long id, int position, Integer changing, HttpServletRequest request, Principal who, Model model,
                                  RedirectAttributes redirect) {
        MinutesBody body = minutes.body(id);
        List<MinutesBody.ItemMinute> items = new ArrayList<>(body.items());
        MinutesBody.ItemMinute existing = itemMinute(id, body, position);
        List<Integer> recSlots = filledSlots(request, "rec", "text", "number");
        List<Integer> actionSlots = filledSlots(request, "action", "text", "owner");
        List<MinutesBody.Recommendation> recommendations = recSlots.stream().map(slot -> new MinutesBody.Recommendation(
                param(request, "rec-" + slot + "-number"), param(request, "rec-" + slot + "-text"),
                param(request, "rec-" + slot + "-addressee"), param(request, "rec-" + slot + "-scrutinyType"))).toList();
        List<MinutesBody.Action> actions = actionSlots.stream().map(slot -> new MinutesBody.Action(param(request, "action-" + slot + "-text"),
                param(request, "action-" + slot + "-owner"), param(request, "action-" + slot + "-ownerEmail"),
                param(request, "action-" + slot + "-dueBy"))).toList();
        Vote vote = "counted".equals(param(request, "vote")) ? Vote.counted(number(param(request, "vote-for")), number(param(request, "vote-against")),
                number(param(request, "vote-abstain"))) : "unanimous".equals(param(request, "vote")) ? Vote.unanimously() : null;
        MinutesBody.Resolution typedResolution = new MinutesBody.Resolution(param(request, "resolution-text"), param(request, "resolution-proposer"),
                param(request, "resolution-seconder"), vote, recommendations, actions);
        List<MinutesBody.Resolution> resolutions = new ArrayList<>(existing.resolutions());
        List<MinutesBody.Withdrawal> withdrawals = new ArrayList<>(body.withdrawals());
        int at;
        if (changing != null && changing >= 0 && changing < resolutions.size()) {
            String reason = param(request, "withdrawal-reason");
            List<String> kept = recommendations.stream().map(MinutesBody.Recommendation::number).filter(n -> n != null).toList();
            resolutions.get(changing).recommendations().stream().map(MinutesBody.Recommendation::number)
                    .filter(n -> n != null && !kept.contains(n) && reason != null)
                    .forEach(n -> withdrawals.add(new MinutesBody.Withdrawal(existing.minute(), n, reason)));
            resolutions.set(changing, typedResolution);
            at = changing;
        } else {
            resolutions.add(typedResolution);
            at = resolutions.size() - 1;
        }
        int index = replace(items, new MinutesBody.ItemMinute(position, existing.minute(), existing.title(), existing.summary(), resolutions));
        String prefix = "items[" + index + "].resolutions[" + at + "]";
        String itemPrefix = "items[" + index + "].";
        return save(id, new MinutesBody(body.attendance(), body.declarations(), items, body.confirmation(), withdrawals), who, model, redirect,
                typed(request), key -> {
                    if (key.startsWith(prefix + ".recommendations[")) {
                        String rest = key.substring((prefix + ".recommendations[").length());
                        int i = Integer.parseInt(rest.substring(0, rest.indexOf(']')));
                        return "rec-" + recSlots.get(i) + "-" + rest.substring(rest.indexOf("].") + 2);
                    }
                    if (key.startsWith(prefix + ".actions[")) {
                        String rest = key.substring((prefix + ".actions[").length());
                        int i = Integer.parseInt(rest.substring(0, rest.indexOf(']')));
                        return "action-" + actionSlots.get(i) + "-" + rest.substring(rest.indexOf("].") + 2);
                    }
                    if (key.startsWith(prefix + ".")) {
                        String rest = key.substring(prefix.length() + 1);
                        return rest.equals("vote") ? "vote" : "resolution-" + rest;
                    }
                    if (key.equals(itemPrefix + "recommendations")) {
                        return "rec-1-number";
                    }
                    if (key.startsWith("recommendations[")) {
                        return changing == null ? "resolution-text" : "withdrawal-reason";
                    }
                    return key.startsWith(itemPrefix) ? key.substring(itemPrefix.length()) + "-" + position : key;
                }, "item-" + position, changing == null ? "The resolution is added to item " + position
                        : "Resolution " + (at + 1) + " of item " + position + " is changed");
    }

    @PostMapping("/staff/meetings/{id}/minutes/items/{position}/resolutions/{index}/remove")
    String removeResolution(@PathVariable long id, @PathVariable int position, @PathVariable int index, HttpServletRequest request, Principal who,
                            Model model, RedirectAttributes redirect) {
        MinutesBody body = minutes.body(id);
        List<MinutesBody.ItemMinute> items = new ArrayList<>(body.items());
        MinutesBody.ItemMinute existing = itemMinute(id, body, position);
        List<MinutesBody.Resolution> resolutions = new ArrayList<>(existing.resolutions());
        List<MinutesBody.Withdrawal> withdrawals = new ArrayList<>(body.withdrawals());
        if (index >= 0 && index < resolutions.size()) {
            String reason = param(request, "reason-" + position + "-" + index);
            for (MinutesBody.Recommendation r : resolutions.remove(index).recommendations()) {
                if (reason != null) {
                    withdrawals.add(new MinutesBody.Withdrawal(existing.minute(), r.number(), reason));
                }
            }
        }
        replace(items, new MinutesBody.ItemMinute(position, existing.minute(), existing.title(), existing.summary(), resolutions));
        return save(id, new MinutesBody(body.attendance(), body.declarations(), items, body.confirmation(), withdrawals), who, model, redirect,
                typed(request), key -> key.startsWith("recommendations[") ? "reason-" + position + "-" + index : key,
                "item-" + position, "The resolution is removed from item " + position);
    }

    @PostMapping("/staff/meetings/{id}/minutes/confirmation")
    String confirmation(@PathVariable long id, HttpServletRequest request, Principal who, Model model, RedirectAttributes redirect) {
        ScheduledMeeting meeting = meetings.get(id);
        MinutesBody body = minutes.body(id);
        MinutesBody.Confirmation confirmation = "true".equals(param(request, "confirmed"))
                ? new MinutesBody.Confirmation(minutes.awaitingConfirmation(meeting).map(Minutes::getMeetingId).orElse(null), param(request, "amendments"))
                : null;
        return save(id, new MinutesBody(body.attendance(), body.declarations(), body.items(), confirmation, body.withdrawals()), who, model, redirect,
                typed(request), key -> key.equals("confirmation.amendments") ? "amendments" : key.startsWith("confirmation") ? "confirmed" : key,
                "confirmation", confirmation == null ? "The previous minutes are not recorded as confirmed" : "The confirmation of the previous minutes is saved");
    }

    private String save(long id, MinutesBody body, Principal who, Model model, RedirectAttributes redirect, Map<String, String> typed,
                        Function<String, String> fieldOf, String section, String success) {
        try {
            minutes.record(id, body, who.getName());
        } catch (Refusal refusal) {
            Map<String, String> errors = new LinkedHashMap<>();
            refusal.errors().forEach((key, reason) -> errors.putIfAbsent(fieldOf.apply(key), reason));
            if (errors.isEmpty()) {
                errors.put(section, refusal.reason());
            }
            return show(id, model, errors, typed);
        }
        redirect.addFlashAttribute("success", success);
        return "redirect:/staff/meetings/" + id + "/minutes#" + section;
    }

    private String show(long id, Model model, Map<String, String> errors, Map<String, String> typed) {
        ScheduledMeeting meeting = meetings.get(id);
        Optional<Minutes> stored = minutes.find(id);
        MinutesBody body = minutes.body(id);
        Map<Integer, AgendaItem> agenda = minutes.agendaItems(id);
        Map<Integer, MinutesBody.ItemMinute> itemMinutes = new LinkedHashMap<>();
        body.items().forEach(i -> itemMinutes.put(i.agendaItem(), i));
        int first = minutes.firstMinuteNumber(meeting);
        List<MemberJson> members = members(meeting);
        Map<String, String> statuses = new LinkedHashMap<>();
        body.attendance().forEach(a -> statuses.put(MinutesCheck.normal(a.name()), a.status()));
        List<String> attending = body.attendance().stream().filter(a -> "present".equals(a.status()) || "substitute".equals(a.status()))
                .map(MinutesBody.Attendee::name).toList();
        model.addAttribute("pageTitle", "Minutes: " + meeting.committee().name());
        model.addAttribute("meeting", meeting);
        model.addAttribute("minutes", stored.orElse(null));
        model.addAttribute("status", stored.map(Minutes::getStatus).orElse(MinutesStatus.RECORDING));
        model.addAttribute("body", body);
        model.addAttribute("members", members);
        model.addAttribute("memberStatus", members.stream().map(m -> statuses.getOrDefault(MinutesCheck.normal(m.name()), "")).toList());
        model.addAttribute("substitutes", String.join("\n", body.attendance().stream().filter(a -> "substitute".equals(a.status()))
                .map(a -> a.name() + (a.substituteFor() == null ? "" : " for " + a.substituteFor())).toList()));
        model.addAttribute("officers", String.join("\n", body.attendance().stream()
                .filter(a -> "officer".equals(a.role()) || "other".equals(a.role())).map(MinutesBody.Attendee::name).toList()));
        model.addAttribute("attending", attending);
        model.addAttribute("agenda", new ArrayList<>(agenda.values()));
        model.addAttribute("itemMinutes", itemMinutes);
        model.addAttribute("firstMinute", first);
        model.addAttribute("awaiting", minutes.awaitingConfirmation(meeting).orElse(null));
        model.addAttribute("published", documents.latest(id).isPresent());
        model.addAttribute("recommendationSlots", IntStream.rangeClosed(1, Math.max(RECOMMENDATION_SLOTS, filled(typed, "rec"))).boxed().toList());
        model.addAttribute("actionSlots", IntStream.rangeClosed(1, Math.max(ACTION_SLOTS, filled(typed, "action"))).boxed().toList());
        model.addAttribute("addressees", MinutesDocuments.ADDRESSEES);
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        return "minutes/staff";
    }

    /** The highest slot of a kind that what was typed fills. */
    private static int filled(Map<String, String> typed, String kind) {
        return typed.keySet().stream().filter(k -> k.matches(kind + "-\\d{1,3}-.*")).mapToInt(k -> Integer.parseInt(k.split("-")[1]))
                .filter(n -> n <= MOST_SLOTS).max().orElse(0);
    }

    private List<MemberJson> members(ScheduledMeeting meeting) {
        return membership.asOf(meeting.committee().id(), meeting.startsAt().toLocalDate());
    }

    /** The item's minute as recorded, or a new one numbered on from the year's last minute. */
    private MinutesBody.ItemMinute itemMinute(long id, MinutesBody body, int position) {
        return body.items().stream().filter(i -> Integer.valueOf(position).equals(i.agendaItem())).findFirst()
                .orElseGet(() -> new MinutesBody.ItemMinute(position, minutes.firstMinuteNumber(meetings.get(id)) + position - 1, null, null, List.of()));
    }

    private static int replace(List<MinutesBody.ItemMinute> items, MinutesBody.ItemMinute changed) {
        for (int i = 0; i < items.size(); i++) {
            if (changed.agendaItem().equals(items.get(i).agendaItem())) {
                items.set(i, changed);
                return i;
            }
        }
        items.add(changed);
        return items.size() - 1;
    }

    /** The numbers of the slots of a kind (rec-1-..., rec-2-...) the person filled in, in order. */
    private static List<Integer> filledSlots(HttpServletRequest request, String kind, String... fields) {
        List<Integer> filled = new ArrayList<>();
        for (int slot = 1; slot <= MOST_SLOTS; slot++) {
            for (String field : fields) {
                if (param(request, kind + "-" + slot + "-" + field) != null) {
                    filled.add(slot);
                    break;
                }
            }
        }
        return filled;
    }



    private static Integer number(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

}
