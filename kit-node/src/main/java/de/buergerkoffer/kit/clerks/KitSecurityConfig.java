package de.buergerkoffer.kit.clerks;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.buergerkoffer.bundle.audit.AuditAction;
import de.buergerkoffer.kit.audit.AuditLog;
import de.buergerkoffer.kit.config.KitProperties;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Who may use the kit: a clerk from the hub's roster, logged in with user name and PIN.
 *
 * <ul>
 *   <li>Pages: form login at {@code /anmelden} (fields {@code username}, {@code pin}), logout with
 *       {@code POST /abmelden}, CSRF tokens on every form, logout after {@code
 *       bk.kit.session-timeout} without a request.
 *   <li>{@code /api/**}: HTTP Basic with user name and PIN on every request, same lockout,
 *       stateless, so CSRF does not apply (no cookie is ever sent).
 *   <li>Open to all: {@code /anmelden}, {@code /assets/**}, {@code /actuator/health}.
 * </ul>
 */
@Configuration
@EnableWebSecurity
class KitSecurityConfig {

  static final String LOGIN = "/anmelden";
  static final String LOGOUT = "/abmelden";

  /** The provider for page logins; a bean, so Spring Boot makes no default user. */
  @Bean
  PinAuthenticationProvider pageLogins(ClerkLogin login) {
    return new PinAuthenticationProvider(login, true);
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, ClerkLogin login, ObjectMapper json) throws Exception {
    AuthenticationEntryPoint refuse =
        (request, response, e) -> {
          response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
          response.setHeader(
              "WWW-Authenticate", "Basic realm=\"Buergerkoffer\", charset=\"UTF-8\"");
          response.setContentType(MediaType.APPLICATION_JSON_VALUE);
          response.setCharacterEncoding("UTF-8");
          String message =
              e == null
                      || e.getMessage() == null
                      || e.getMessage().startsWith("Full authentication")
                  ? "Anmeldung nötig: Benutzername und PIN (HTTP Basic)."
                  : e.getMessage();
          json.writeValue(response.getOutputStream(), Map.of("error", message));
        };
    return http.securityMatcher("/api/**")
        .authenticationManager(new ProviderManager(new PinAuthenticationProvider(login, false)))
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .httpBasic(b -> b.authenticationEntryPoint(refuse))
        .exceptionHandling(e -> e.authenticationEntryPoint(refuse))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(c -> c.disable())
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pages(
      HttpSecurity http,
      PinAuthenticationProvider pageLogins,
      KitProperties properties,
      AuditLog audit,
      Clock clock)
      throws Exception {
    Duration timeout = sessionTimeout(properties);
    AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
    return http.authenticationManager(new ProviderManager(pageLogins))
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(
                        "/assets/**", LOGIN, "/actuator/health", "/actuator/health/**", "/error")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .formLogin(
            f ->
                f.loginPage(LOGIN)
                    .loginProcessingUrl(LOGIN)
                    .usernameParameter("username")
                    .passwordParameter("pin")
                    .defaultSuccessUrl("/", true)
                    .failureHandler(new SimpleUrlAuthenticationFailureHandler(LOGIN + "?fehler")))
        .logout(
            l ->
                l.logoutUrl(LOGOUT)
                    .addLogoutHandler(
                        (request, response, authentication) -> {
                          if (authentication != null
                              && authentication.getPrincipal() instanceof LoggedInClerk clerk) {
                            String reason =
                                "inactivity".equals(request.getParameter("reason"))
                                    ? "inactivity"
                                    : "logout";
                            audit.record(
                                clerk.username(), AuditAction.LOGOUT, clerk.username(), reason);
                          }
                        })
                    .logoutSuccessHandler(
                        (request, response, authentication) ->
                            response.sendRedirect(
                                request.getContextPath()
                                    + LOGIN
                                    + ("inactivity".equals(request.getParameter("reason"))
                                        ? "?abgelaufen"
                                        : "?abgemeldet"))))
        .exceptionHandling(
            e ->
                e.accessDeniedHandler(
                    (request, response, denied) -> {
                      // a logout whose session (and CSRF token) already expired: it is done
                      if (LOGOUT.equals(request.getServletPath())) {
                        response.sendRedirect(request.getContextPath() + LOGIN + "?abgelaufen");
                      } else {
                        forbidden.handle(request, response, denied);
                      }
                    }))
        .addFilterAfter(
            new InactivityLogout(timeout, clock, audit, LOGIN), SecurityContextHolderFilter.class)
        .build();
  }

  static Duration sessionTimeout(KitProperties properties) {
    Duration configured = properties.sessionTimeout();
    return configured == null || configured.isNegative() || configured.isZero()
        ? Duration.ofMinutes(15)
        : configured;
  }
}
