package de.buergerkoffer.hub.broker;

/** Published as an application event each time the hub (re)connects to the broker. */
public record BrokerConnected(String url) {}
