function a:b end
