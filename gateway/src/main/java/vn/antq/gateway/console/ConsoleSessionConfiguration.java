package vn.antq.gateway.console;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.server.session.CookieWebSessionIdResolver;
import org.springframework.web.server.session.WebSessionIdResolver;

/**
 * The console's session cookie: httpOnly (no script reads it), SameSite=Lax, Secure when served over
 * https. The session itself is kept in Redis (Spring Session) so every gateway replica knows it.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSessionConfiguration {

  @Bean
  WebSessionIdResolver webSessionIdResolver(ConsoleProperties console) {
    CookieWebSessionIdResolver resolver = new CookieWebSessionIdResolver();
    resolver.setCookieName(console.sessionCookie());
    resolver.addCookieInitializer(cookie -> cookie.httpOnly(true).sameSite("Lax").secure(console.cookieSecure()).path("/"));
    return resolver;
  }
}
