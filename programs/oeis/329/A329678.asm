; A329678: Number of excursions of length n with Motzkin-steps consisting only of consecutive steps UD and DH.
; Formula: a(n) = (floor(n/4)==0)
; 1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

div $0,4
equ $0,$1
