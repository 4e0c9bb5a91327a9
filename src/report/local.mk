# src/report: stage 6, reports for people and machines.
