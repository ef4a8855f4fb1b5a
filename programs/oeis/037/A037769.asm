; A037769: Base 8 digits are, in order, the first n terms of the periodic sequence with initial period 3,0,2,1.
; Formula: a(n) = truncate(b(max(n-1,0))/-1)+3, b(n) = 8*(b(n-1)-3)+(c(n-1)+d(n-1)), c(n) = c(n-1)+d(n-1), d(n) = gcd(d(n-1),d(n-1))+1-(c(n-1)+d(n-1))-(c(n-1)+d(n-1)), b(0) = 0, c(0) = 0, d(0) = 3
; 3,24,194,1553,12427,99416,795330,6362641,50901131,407209048,3257672386,26061379089,208491032715,1667928261720,13343426093762,106747408750097,853979270000779,6831834160006232

#offset 1

sub $0,1
mov $1,$0
mov $0,3
lpb $1
  sub $2,3
  add $3,$0
  gcd $0,$0
  add $0,1
  mul $2,8
  sub $0,$3
  sub $0,$3
  sub $1,1
  add $2,$3
lpe
mov $0,$2
div $0,-1
add $0,3
