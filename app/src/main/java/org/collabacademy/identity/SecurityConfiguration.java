package org.collabacademy.identity;

import static org.springframework.security.config.Customizer.withDefaults;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.collabacademy.identity.ui.SignInRoute;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Deny by default: every view needs an access annotation (Vaadin's navigation access control), every
 * service method a {@code @PreAuthorize} (method security), and every other URL a signed-in user.
 */
@Configuration
@EnableWebSecurity
// @PreAuthorize only: with JSR-250 on, every view annotated @PermitAll or @RolesAllowed (read by Vaadin's navigation
// access control) became a CGLIB proxy, built anew with its advisors matched at each navigation (an eighth of the
// server's time under load) and intercepting every call on the view
@EnableMethodSecurity
class SecurityConfiguration {

    static final String SIGN_IN_PATH = "/signin";

    /** Operations endpoints: health is open for orchestrators, everything else (metrics) needs an administrator. */
    @Bean
    @Order(1)
    SecurityFilterChain operations(HttpSecurity http) throws Exception {
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyRequest().hasRole(Role.ADMIN.name()))
                .httpBasic(withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain application(HttpSecurity http, SignInThrottle throttle, SessionRegistry sessionRegistry, UserSessions userSessions)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/images/**", "/fonts/**", "/error").permitAll()
                // course images and attachments: public like the catalog, served by the course feature
                .requestMatchers("/content/**").permitAll()
                // PDF downloads (certificates, handouts): any signed-in user; the services decide whose
                .requestMatchers("/certificates/*.pdf", "/certificates/course/*.pdf", "/handouts/**", "/forum/attachments/*", "/authoring/files/**", "/account/my-data.json").authenticated());
        http.addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        // a new session id at sign-in (fixation), and a registry of sessions so that disabling an account ends them
        http.sessionManagement(session -> session
                .sessionFixation(fixation -> fixation.changeSessionId())
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredUrl(SIGN_IN_PATH + "?ended"));
        http.logout(logout -> logout.addLogoutHandler(userSessions));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(SignInRoute.view())).build();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when sessions end, so it does not grow without bound. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** BCrypt today, with the algorithm stored in each hash so that it can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
