package org.scrutineer.meeting;

/**
 * A lifecycle's part of the demo municipal year. The meeting layer cannot know the lifecycles, so
 * each implements this and {@link DemoYear} asks every one: to plan its steps in the year's story,
 * and, before the year is seeded again, to forget every record it keeps.
 */
public interface DemoContribution {

    /** Plans this lifecycle's steps, each at the date and time a person would have taken it. */
    void plan(DemoStory story);

    /**
     * Deletes every record of this lifecycle from its own tables. The year's processes and their
     * history are deleted through the engine first, so nothing still refers to them.
     */
    void forget();
}
