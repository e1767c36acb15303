package vn.antq.campaigns;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CampaignsApplication {

  public static void main(String[] args) {
    SpringApplication.run(CampaignsApplication.class, args);
  }
}
