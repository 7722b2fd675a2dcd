package org.scrutineer.meeting;

/** A committee as the API shows it: who it is and whom to contact. */
record CommitteeJson(String id, String name, String defaultVenue, ContactOfficer contactOfficer) {

    static CommitteeJson of(Committee committee) {
        return new CommitteeJson(committee.id(), committee.name(), committee.defaultVenue(), committee.contactOfficer());
    }
}
