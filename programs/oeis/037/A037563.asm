; A037563: Base 6 digits are, in order, the first n terms of the periodic sequence with initial period 2,2,1.
; Formula: a(n) = c(n), b(n) = lodadif(gcd(b(n-1),2)+c(n-1),5*c(n-1)+(gcd(b(n-1),2)+c(n-1)))+1, c(n) = 5*c(n-1)+(gcd(b(n-1),2)+c(n-1)), b(0) = 0, c(0) = 0
; 2,14,85,512,3074,18445,110672,664034,3984205,23905232,143431394,860588365,5163530192,30981181154,185887086925,1115322521552,6691935129314,40151610775885,240909664655312,1445457987931874

#offset 1

lpb $0
  sub $0,1
  gcd $1,2
  add $1,$2
  mul $2,5
  add $2,$1
  dif $1,$2
  add $1,1
lpe
mov $0,$2
