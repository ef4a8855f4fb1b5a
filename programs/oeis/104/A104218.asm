; A104218: Sum of opposite numbers on a clock, starting at 12.
; Formula: a(n) = lodamod(-10*n,12)+18
; 18,8,10,12,14,16,18,8,10,12,14,16,18

mul $0,-10
mod $0,12
add $0,18
