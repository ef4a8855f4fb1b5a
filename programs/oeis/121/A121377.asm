; A121377: ASCII codes for decimal digits.
; Formula: a(n) = n+47
; 48,49,50,51,52,53,54,55,56,57

#offset 1

add $0,47
