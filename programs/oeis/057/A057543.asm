; A057543: Maximum cycle length (orbit size) in the rotation permutation of 2n non-crossing handshakes.
; 1,1,2,3,8,10,12,14,16,18,20,22,24,26,28,30,32,34,36,38,40,42,44,46,48,50,52,54,56,58,60,62,64,66,68,70,72,74,76,78,80,82,84,86,88,90,92,94,96,98,100,102,104,106,108,110,112,114,116,118,120,122,124

sub $0,1
max $0,0
sub $0,2
add $0,2
mov $4,$0
sub $0,3
mov $3,$0
lpb $3
  sub $3,1
lpe
sub $0,1
bin $0,$3
add $0,1
mov $5,$4
mul $5,$0
add $0,$5
