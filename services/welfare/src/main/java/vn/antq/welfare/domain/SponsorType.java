package vn.antq.welfare.domain;

/** A sponsor (mạnh thường quân): a person, a business or an organisation. */
public enum SponsorType {
  PERSON, BUSINESS, ORGANISATION
}
