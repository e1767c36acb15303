package vn.antq.members.roster;

public enum FileFormat {
  CSV, XLSX
}
