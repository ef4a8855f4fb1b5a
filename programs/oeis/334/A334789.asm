; A334789: a(n) = 2^log_2*(n) where log_2*(n) = A001069(n) is the number of log_2(log_2(...log_2(n))) iterations needed to reach < 2.
; 1,2,2,4,4,4,4,4,4,4,4,4,4,4,4,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8

#offset 1

sub $0,1
sub $0,1
add $0,2
add $0,1
sub $0,2
sub $2,5
mul $0,3
mov $1,$0
lpb $1
  sub $1,1
  mov $3,$4
  div $1,6
  sub $2,2
  trn $3,$2
  sub $2,$3
lpe
mov $0,$2
div $0,-9
add $0,1
