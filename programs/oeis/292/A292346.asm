; A292346: The forgotten topological index of the Aztec diamond AZ(n) (see the Ramanes et al. reference, Theorem 2.1).
; 204,748,1548,2604,3916,5484,7308,9388,11724,14316,17164,20268,23628,27244,31116,35244,39628,44268,49164,54316,59724,65388,71308,77484,83916,90604,97548,104748,112204,119916,127884,136108,144588,153324,162316,171564

#offset 1

sub $0,1
add $0,2
mul $0,4
sub $0,1
lpb $0
  sub $0,1
  sub $3,$0
lpe
mov $0,$3
mul $0,-2
sub $0,6
mul $0,4
add $0,21
sub $0,165
mul $0,2
add $0,204
