; A260160: a(n) = a(n-2) + a(n-6) - a(n-8) with n>8, the first eight terms are 0 except that for a(5) = a(7) = 1.
; 0,0,0,0,1,0,1,0,1,0,2,0,2,0,2,0,3,0,3,0,3,0,4,0,4,0,4,0,5,0,5,0,5,0,6,0,6,0,6,0,7,0,7,0,7,0,8,0,8,0,8,0,9,0,9,0,9,0,10,0,10,0,10,0,11,0,11,0,11,0,12,0,12,0,12,0,13,0,13,0

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,3
sub $0,1
mov $1,$0
add $1,3
lpb $1
  sub $1,2
  add $0,2
lpe
add $0,6
add $0,7
sub $0,16
lpb $1
  sub $1,1
  lpb $0
    sub $0,1
  lpe
lpe
div $0,2
add $0,2
div $0,6
sub $0,-1
mul $0,-1
add $0,1
div $0,-1
