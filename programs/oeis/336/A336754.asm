; A336754: Perimeters in increasing order of integer-sided triangles whose sides a < b < c are in arithmetic progression.
; 9,12,15,15,18,18,21,21,21,24,24,24,27,27,27,27,30,30,30,30,33,33,33,33,33,36,36,36,36,36,39,39,39,39,39,39,42,42,42,42,42,42,45,45,45,45,45,45,45,48,48,48,48,48,48,48,51,51,51,51,51,51,51,51,54,54,54,54,54,54,54,54,57,57,57,57,57,57,57,57

#offset 1

sub $0,1
sub $0,1
add $0,2
sub $0,1
mul $0,4
lpb $0
  sub $0,3
  sub $0,$1
  sub $0,$1
  sub $1,-1
lpe
mov $0,$1
add $0,4
sub $0,4
add $0,1
sub $0,1
add $0,2
sub $0,2
mul $0,3
add $0,9
