; A371036: a(n) is the number of ways to place n indistinguishable balls into n distinguishable boxes with at least one box remaining empty and not all balls placed in a single box.
; 0,0,6,30,120,455,1708,6426,24300,92367,352704,1352065,5200286,20058285,77558744,300540178,1166803092,4537567631,17672631880,68923264389,269128937198,1052049481837,4116715363776,16123801841525,63205303218850,247959266474025,973469712824028

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $0,2
add $0,1
sub $2,-2
add $0,2
mov $1,$0
mul $2,$1
bin $2,$1
mul $0,-1
sub $0,1
mul $0,2
add $0,$2
add $0,3
sub $0,2
div $0,2
add $0,1
sub $0,1
