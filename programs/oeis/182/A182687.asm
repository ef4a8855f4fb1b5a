; A182687: a(n) = the smallest 1-digit number with exactly n divisors, a(n) = 0 if no such number exists.
; 1,2,4,6,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

#offset 1

sub $0,1
sub $0,1
add $0,1
mov $4,$0
sub $0,1
sub $0,1
sub $0,-1
add $2,-3
add $0,5
mov $1,$0
lpb $1
  add $3,$2
  lpb $4
    sub $4,1
    sub $1,2
  lpe
  sub $2,$3
  dif $1,-1
lpe
mov $0,$2
sub $0,2
div $0,2
add $0,5
mov $5,$4
mul $5,-2
add $0,$5
sub $0,6
mul $0,3
sub $0,-11
div $0,-3
sub $0,1
mul $0,2
add $0,1
sub $0,-1
div $0,2
add $0,1
