; A037752: Base 5 digits are, in order, the first n terms of the periodic sequence with initial period 2,3,1,0.
; Formula: a(n) = c(gcd(0,n)), b(n) = b(n-1)+d(n-1)+(d(n-1)+1), c(n) = 5*c(n-1)+1+(b(n-1)+d(n-1)), d(n) = d(n-1)+1-(b(n-1)+d(n-1)+(d(n-1)+1)), b(0) = 0, c(0) = 0, d(0) = 1
; 2,13,66,330,1652,8263,41316,206580,1032902,5164513,25822566,129112830,645564152,3227820763,16139103816,80695519080,403477595402,2017387977013,10086939885066,50434699425330,252173497126652

#offset 1

gcd $1,$0
mov $0,1
lpb $1
  add $2,$0
  mul $3,5
  add $3,1
  sub $1,1
  add $0,1
  add $3,$2
  add $2,$0
  sub $0,$2
lpe
mov $0,$3
