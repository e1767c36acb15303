package vn.antq.campaigns.domain;

/** Propaganda rounds on one channel; a null channel stands for an unknown one in the request. */
public record Rounds(Channel channel, int rounds) {}
