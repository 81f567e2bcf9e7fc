package de.buergerkoffer.hub.users;

import de.buergerkoffer.hub.audit.AuditLog;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may see what on the hub. Two filter chains:
 *
 * <ul>
 *   <li>{@code /api/**}: HTTP Basic for scripts and tests (no session is created for it; a
 *       logged-in browser's session is honoured, so the case page can show the PDF), 401 instead of
 *       a login redirect; CSRF checks are skipped only for requests that carry Basic credentials
 *       and for the kits' open enrollment endpoints.
 *   <li>everything else: form login at {@code /anmelden}, session with timeout, CSRF on every form,
 *       logout with {@code POST /abmelden}.
 * </ul>
 *
 * The rules (paths to roles) are listed in docs/security.md.
 */
@Configuration
@EnableWebSecurity
class StaffSecurityConfig {

  private static final String ADMIN = StaffRole.ADMIN.name();
  private static final String CASE_WORKER = StaffRole.CASE_WORKER.name();
  private static final String CLERK = StaffRole.CLERK.name();

  /** The kits' own endpoints: they prove themselves with a token or their certificate. */
  private static final String[] KIT_ENDPOINTS = {"/api/enrollment", "/api/enrollment/renew"};

  private static final String[] PUBLIC_API = {
    "/api/receipts/check", "/api/openapi", "/api/openapi/**", "/api/docs", "/api/docs/**"
  };

  @Bean
  PasswordEncoder passwordEncoder() {
    // new hashes are Argon2id; BCrypt hashes (e.g. imported accounts) still verify
    return new DelegatingPasswordEncoder(
        "argon2",
        Map.of("argon2", new Argon2idPasswordEncoder(), "bcrypt", new BCryptPasswordEncoder()));
  }

  @Bean
  StaffAccounts staffAccounts(
      StaffUsers users,
      PasswordEncoder encoder,
      AuditLog audit,
      Clock clock,
      @Value("${bk.hub.login.max-failures:5}") int maxFailures,
      @Value("${bk.hub.login.lockout:15m}") Duration lockout) {
    return new StaffAccounts(users, encoder, audit, clock, maxFailures, lockout);
  }

  @Bean
  UserDetailsService staffDetails(StaffAccounts accounts) {
    return username ->
        accounts
            .find(username)
            .map(
                u ->
                    User.withUsername(u.username())
                        .password(u.passwordHash())
                        .roles(u.role().name())
                        .disabled(!u.enabled())
                        .accountLocked(u.lockedAt(accounts.now()))
                        .build())
            .orElseThrow(() -> new UsernameNotFoundException("no such staff account"));
  }

  /** Creates the configured first admin ({@code bk.hub.bootstrap-admin=user:password}). */
  @EventListener(ApplicationReadyEvent.class)
  void bootstrapAdmin(ApplicationReadyEvent event) {
    String spec =
        event.getApplicationContext().getEnvironment().getProperty("bk.hub.bootstrap-admin");
    event.getApplicationContext().getBean(StaffAccounts.class).bootstrapAdmin(spec);
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
    RequestMatcher basicCredentials =
        request -> {
          String header = request.getHeader("Authorization");
          return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
        };
    BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
    entryPoint.setRealmName("Buergerkoffer Rathaus");
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(KIT_ENDPOINTS)
                    .permitAll()
                    .requestMatchers(PUBLIC_API)
                    .permitAll()
                    .requestMatchers(
                        "/api/admin/**",
                        "/api/kits/**",
                        "/api/kits",
                        "/api/quarantine/**",
                        "/api/quarantine",
                        "/api/import",
                        "/api/audit/**",
                        "/api/enrollment-tokens/**",
                        "/api/enrollment-tokens",
                        "/api/users/**",
                        "/api/users")
                    .hasRole(ADMIN)
                    .requestMatchers(HttpMethod.GET, "/api/cases", "/api/cases/**")
                    .hasAnyRole(ADMIN, CASE_WORKER, CLERK)
                    .anyRequest()
                    .hasAnyRole(ADMIN, CASE_WORKER))
        .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
        .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
        .csrf(
            csrf ->
                csrf.ignoringRequestMatchers(basicCredentials)
                    .ignoringRequestMatchers(KIT_ENDPOINTS)
                    .ignoringRequestMatchers(PUBLIC_API))
        .requestCache(cache -> cache.disable())
        // the case page embeds the PDF
        .headers(h -> h.frameOptions(f -> f.sameOrigin()));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pageChain(HttpSecurity http, LoginEvents events) throws Exception {
    SavedRequestAwareAuthenticationSuccessHandler success =
        new SavedRequestAwareAuthenticationSuccessHandler() {
          @Override
          public void onAuthenticationSuccess(
              HttpServletRequest request, HttpServletResponse response, Authentication auth)
              throws ServletException, IOException {
            events.interactiveLogin(auth.getName());
            super.onAuthenticationSuccess(request, response, auth);
          }
        };
    ExceptionMappingAuthenticationFailureHandler failure =
        new ExceptionMappingAuthenticationFailureHandler();
    failure.setDefaultFailureUrl("/anmelden?fehler");
    failure.setExceptionMappings(Map.of(LockedException.class.getName(), "/anmelden?gesperrt"));
    http.authorizeHttpRequests(
            auth ->
                auth.requestMatchers(
                        "/anmelden",
                        "/assets/**",
                        "/favicon.ico",
                        "/error",
                        "/actuator/health",
                        "/actuator/health/**",
                        "/beleg/pruefen",
                        "/beleg/pruefen/**",
                        "/swagger-ui/**")
                    .permitAll()
                    .requestMatchers("/admin/**")
                    .hasRole(ADMIN)
                    .requestMatchers("/planung/**", "/dashboard", "/dashboard/**")
                    .hasAnyRole(ADMIN, CASE_WORKER)
                    .requestMatchers(HttpMethod.GET, "/", "/faelle", "/faelle/**")
                    .hasAnyRole(ADMIN, CASE_WORKER, CLERK)
                    .anyRequest()
                    .hasAnyRole(ADMIN, CASE_WORKER))
        .formLogin(
            form ->
                form.loginPage("/anmelden")
                    .loginProcessingUrl("/anmelden")
                    .successHandler(success)
                    .failureHandler(failure)
                    .permitAll())
        .logout(
            logout ->
                logout
                    .logoutUrl("/abmelden")
                    .logoutSuccessUrl("/anmelden?abgemeldet")
                    .deleteCookies("JSESSIONID"))
        .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
        .headers(
            h ->
                h.contentSecurityPolicy(
                        csp ->
                            csp.policyDirectives(
                                "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'"
                                    + " data:; object-src 'self';"
                                    + " frame-src 'self'; frame-ancestors 'self'; form-action 'self'"))
                    .frameOptions(f -> f.sameOrigin()));
    return http.build();
  }
}
