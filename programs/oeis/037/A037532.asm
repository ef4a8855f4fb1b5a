; A037532: Base 7 digits are, in order, the first n terms of the periodic sequence with initial period 1,1,2.
; Formula: a(n) = b(n), b(n) = 7*b(n-1)+((c(n-1)+7*b(n-1))%2+1), c(n) = (c(n-1)+7*b(n-1))%2+1, b(0) = 0, c(0) = 0
; 1,8,58,407,2850,19952,139665,977656,6843594,47905159,335336114,2347352800,16431469601,115020287208,805142010458,5635994073207,39451958512450,276163709587152,1933145967110065

#offset 1

lpb $0
  mul $1,7
  add $2,$1
  mod $2,2
  sub $0,1
  add $2,1
  add $1,$2
lpe
mov $0,$1
