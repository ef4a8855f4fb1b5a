; A295774: a(n) is the minimum size of a restricted planar additive basis for the square [0,2n]^2.
; 1,4,8,12,16,20,24,28,32,36,40,44,48,52,56,60,64,68,72,76,80,84,88,92

sub $0,1
sub $0,1
add $0,2
mul $0,4
sub $0,1
lpb $0
  sub $3,$0
  mov $0,1
lpe
mov $0,$3
mul $0,-2
sub $0,6
mul $0,4
add $0,21
add $0,204
sub $0,-36
add $0,97
sub $0,334
div $0,4
div $0,2
add $0,1
