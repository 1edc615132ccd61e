package org.telebarometer.organization;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of body an organisation is.")
public enum OrganizationKind {
    @Description("A public health insurer that pays for care and counts what it pays (Assurance Maladie).")
    PUBLIC_HEALTH_INSURER,
    @Description("A company that sells health data or panels (GERS Data).")
    DATA_PROVIDER,
    @Description("A newspaper, magazine or news site.")
    PRESS,
    @Description("A news agency whose dispatches other outlets carry.")
    NEWS_AGENCY,
    @Description("A government statistics office or agency (DREES, Health Data Hub).")
    PUBLIC_AGENCY,
    @Description("A public audit institution (Cour des comptes).")
    AUDIT_INSTITUTION,
    @Description("A body representing health professionals (URPS).")
    PROFESSIONAL_BODY,
    @Description("A consultancy or other private company publishing analyses.")
    CONSULTANCY,
    @Description("A company of the teleconsultation market (a platform, appointment software): its figures describe "
            + "its own activity or its own surveys, not the whole country's.")
    COMPANY,
    @Description("Any other kind of organisation.")
    OTHER
}
