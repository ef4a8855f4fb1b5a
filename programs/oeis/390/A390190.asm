; A390190: a(n) is the number of squares in the n-th ring (n >= 0) of the Poincaré diagram of the order-5 square tiling of the hyperbolic plane (Schläfli symbol {4,5}).
; 5,25,95,355,1325,4945,18455,68875,257045,959305,3580175,13361395,49865405,186100225,694535495,2592041755,9673631525,36102484345,134736305855,502842739075,1876634650445,7003695862705,26138148800375,97548899338795

add $0,1
mov $1,$0
lpb $1
  sub $1,1
  trn $3,$2
  sub $2,$3
  trn $3,$2
  sub $2,4
lpe
mov $0,$2
div $0,-4
sub $0,1
mul $0,10
add $0,5
