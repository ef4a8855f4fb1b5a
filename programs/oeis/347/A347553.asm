; A347553: Number of minimum dominating sets in the n-cycle complement graph.
; 1,4,5,9,14,20,27,35,44,54,65,77,90,104,119,135,152,170,189,209,230,252,275,299,324,350,377,405,434,464,495,527,560,594,629,665,702,740,779,819,860,902,945,989,1034,1080,1127,1175,1224,1274,1325,1377,1430

#offset 3

sub $0,3
mov $6,$0
sub $0,1
max $0,0
add $4,$0
sub $0,1
max $0,0
sub $0,1
sub $0,1
sub $0,-2
add $0,3
sub $0,-1
mov $3,$0
mov $2,$3
dif $2,$0
lpb $3
  sub $3,1
  add $2,-1
lpe
mul $0,$2
sub $0,4
mul $0,3
sub $0,16
div $0,3
sub $0,9
mul $0,4
add $0,31
sub $0,-57
div $0,-8
add $0,1
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
mov $7,$6
equ $7,0
mul $7,-3
add $0,$7
