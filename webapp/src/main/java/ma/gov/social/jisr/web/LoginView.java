package ma.gov.social.jisr.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import ma.gov.social.jisr.platform.api.LastLoginAttempt;
import ma.gov.social.jisr.platform.web.support.Messages;

@Named
@RequestScoped
public class LoginView {
    @Inject
    private SecurityContext security;
    @Inject
    private LastLoginAttempt outcome;

    private String username;
    private String password;

    /** Someone already logged in who opens the login page goes to the home page. */
    public String redirectIfLoggedIn() {
        return security.getCallerPrincipal() == null ? null : "/index?faces-redirect=true";
    }

    public String login() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        // the authentication mechanism changes the session id once the password is right
        AuthenticationStatus status = security.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        password = null;
        switch (status) {
            case SEND_CONTINUE -> {
                faces.responseComplete();
                return null;
            }
            case SUCCESS -> {
                return "/index?faces-redirect=true";
            }
            default -> {
                Messages.error(outcome.locked() ? "login.locked" : "login.invalid");
                return null;
            }
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
