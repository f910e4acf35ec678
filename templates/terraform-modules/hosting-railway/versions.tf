terraform {
  required_version = ">= 1.6"

  required_providers {
    # 0.x minors break (0.5.0 and 0.6.0 did): stay on 0.6.
    railway = {
      source  = "terraform-community-providers/railway"
      version = "~> 0.6.1"
    }
  }
}
