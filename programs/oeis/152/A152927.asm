; A152927: Number of sets (in the Hausdorff metric geometry) at each location between two sets defining a polygonal configuration consisting of k 4-gonal polygonal components chained with string components of length 1 as k varies.
; Formula: a(n) = b(n), b(n) = c(n-1), c(n) = 16*c(n-1)+b(n-1), b(0) = 1, c(0) = 7
; 1,7,113,1815,29153,468263,7521361,120810039,1940481985,31168521799,500636830769,8041357814103,129162361856417,2074639147516775,33323388722124817,535248858701513847,8597305127946346369,138092130905843055751,2218071399621435238385,35627234524848806869911

mov $1,1
mov $2,7
lpb $0
  mov $3,$1
  sub $0,1
  mov $1,$2
  mul $2,16
  add $2,$3
lpe
mov $0,$1
