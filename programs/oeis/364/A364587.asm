; A364587: Clique covering number, independence number, and Shannon capacity of the n-Lucas cube graph.
; 1,2,3,4,6,10,15,24,39,62,100,162,261,422,683,1104,1786,2890,4675,7564,12239,19802,32040,51842,83881,135722,219603,355324,574926,930250,1505175,2435424,3940599,6376022,10316620,16692642,27009261,43701902,70711163,114413064

#offset 1

sub $0,1
min $3,-3
add $0,1
sub $0,1
sub $0,1
sub $0,1
sub $2,4
add $2,3
add $0,3
sub $0,1
mov $1,$0
lpb $1
  sub $1,1
  add $3,$2
  sub $2,$3
  dif $2,-1
lpe
mov $0,$2
div $0,-1
div $0,2
add $0,1
sub $0,1
mul $0,2
div $0,2
add $0,1
