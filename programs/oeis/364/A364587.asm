; A364587: Clique covering number, independence number, and Shannon capacity of the n-Lucas cube graph.
; 1,2,3,4,6,10,15,24,39,62,100,162,261,422,683,1104,1786,2890,4675,7564,12239,19802,32040,51842,83881,135722,219603,355324,574926,930250,1505175,2435424,3940599,6376022,10316620,16692642,27009261,43701902,70711163,114413064

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $1,5
sub $2,$1
lpb $0
  sub $0,1
  sub $2,$1
  mul $2,-1
  add $1,$2
lpe
mov $0,$1
div $0,-5
add $0,1
sub $0,1
div $0,2
add $0,1
sub $0,1
mul $0,2
add $0,2
sub $0,2
div $0,2
add $0,1
