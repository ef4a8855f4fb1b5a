; A038722: Take the sequence of natural numbers (A000027) and reverse successive subsequences of lengths 1,2,3,4,... .
; 1,3,2,6,5,4,10,9,8,7,15,14,13,12,11,21,20,19,18,17,16,28,27,26,25,24,23,22,36,35,34,33,32,31,30,29,45,44,43,42,41,40,39,38,37,55,54,53,52,51,50,49,48,47,46,66,65,64,63,62,61,60,59,58,57,56,78,77,76,75,74,73,72,71,70,69,68,67,91,90

#offset 1

sub $0,1
add $0,1
sub $0,1
sub $0,-1
mov $3,$0
sub $0,1
lpb $0
  sub $0,1
  add $0,$2
  sub $2,1
lpe
mul $0,-2
add $0,-2
lpb $3
  sub $3,1
  sub $0,-1
  mul $0,6
  div $0,6
lpe
sub $0,-3
sub $0,5
div $0,-1
add $0,$2
sub $0,3
sub $0,-3
div $0,-1
add $0,3
add $0,1
