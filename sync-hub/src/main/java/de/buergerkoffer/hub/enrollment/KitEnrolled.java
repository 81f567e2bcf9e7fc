package de.buergerkoffer.hub.enrollment;

/** Published as an application event after a kit was enrolled. */
public record KitEnrolled(String kitId) {}
