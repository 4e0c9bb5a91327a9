# src/compare: stage 5, align claims across outlets and judge them.
