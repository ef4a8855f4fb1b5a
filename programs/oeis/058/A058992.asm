; A058992: Gossip Problem: there are n people and each of them knows some item of gossip not known to the others. They communicate by telephone and whenever one person calls another, they tell each other all that they know at that time. How many calls are required before each gossip knows everything?
; 0,1,3,4,6,8,10,12,14,16,18,20,22,24,26,28,30,32,34,36,38,40,42,44,46,48,50,52,54,56,58,60,62,64,66,68,70,72,74,76,78,80,82,84,86,88,90,92,94,96,98,100,102,104,106,108,110,112,114,116,118,120,122,124,126,128,130,132,134,136,138,140,142,144,146,148,150,152,154,156

#offset 1

sub $0,1
mov $7,$0
sub $0,1
max $0,0
sub $0,1
add $0,1
mov $5,$0
sub $0,1
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
mul $0,-1
mul $0,4
add $0,21
add $0,204
sub $0,-36
add $0,97
sub $0,334
div $0,4
div $0,2
mov $6,$5
equ $6,0
mul $6,-2
add $0,$6
mov $8,$7
equ $8,0
mul $8,-1
add $0,$8
