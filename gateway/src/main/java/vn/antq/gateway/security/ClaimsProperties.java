package vn.antq.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Names of the token claims that carry the caller's province and roles. */
@ConfigurationProperties("antq.security.claims")
public record ClaimsProperties(@DefaultValue("province") String province, @DefaultValue("roles") String roles) {}
